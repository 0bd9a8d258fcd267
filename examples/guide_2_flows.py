"""Full Flow Guide §2: create an Activepieces flow, give it a webhook trigger, publish it, trigger it, bind it
to an assistant (which then calls it in a chat) and check its run history.

``python examples/guide_2_flows.py`` runs it against the embedded mock server.
"""

from __future__ import annotations

import sys

from imbrace import FlowTimeoutError, ImbraceClient

try:
    from _guide import chat, run_against_mock, step
except ImportError:  # imported as examples.guide_2_flows
    from examples._guide import chat, run_against_mock, step

RETURN_RESPONSE = {
    "type": "ADD_ACTION",
    "request": {
        "parentStep": "trigger",
        "action": {
            "name": "step_1",
            "type": "PIECE",
            "valid": True,
            "displayName": "Return Response",
            "settings": {
                "pieceName": "@activepieces/piece-webhook",
                "pieceVersion": "0.1.24",
                "actionName": "return_response",
                "input": {
                    "responseType": "json",
                    "fields": {"status": 200, "body": {"crm": "lead recorded"}},
                },
                "propertySettings": {},
            },
        },
    },
}


def run(client: ImbraceClient, assistant_id: str) -> None:
    step("List existing flows to find your project ID")
    res = client.activepieces.list_flows(limit=5)
    flows = res.get("data", [])
    project_id = flows[0]["projectId"] if flows else None
    print("Project ID:", project_id)

    step("Create a new flow (a DRAFT with no trigger)")
    flow = client.activepieces.create_flow(
        display_name="CRM Update on New Lead",
        project_id=project_id,
    )
    print("Flow created:", flow["id"], "status:", flow["status"], "version:", flow["version"]["state"])

    step("Add a Webhook trigger and publish the flow")
    client.activepieces.apply_flow_operation(
        flow["id"],
        {
            "type": "UPDATE_TRIGGER",
            "request": {
                "name": "trigger",
                "type": "PIECE_TRIGGER",
                "valid": True,
                "displayName": "Webhook",
                "settings": {
                    "pieceName": "@activepieces/piece-webhook",
                    "pieceVersion": "0.1.24",
                    "triggerName": "catch_webhook",
                    "input": {"authType": "none"},
                    "propertySettings": {},
                },
            },
        },
    )
    published = client.activepieces.apply_flow_operation(
        flow["id"], {"type": "LOCK_AND_PUBLISH", "request": {}}
    )
    print("Published; status:", published["status"] if published else "(no reply)")

    step("Trigger the flow manually with a payload")
    client.activepieces.trigger_flow(flow["id"], {"contact_name": "Jane Smith", "email": "jane@example.com"})
    print("Fired and forgotten.")
    try:
        result = client.activepieces.trigger_flow_sync(
            flow["id"], {"contact_name": "Jane Smith", "email": "jane@example.com"}
        )
        print("Flow result:", result)
    except FlowTimeoutError as exc:
        print("Sync trigger without a Return Response action:", exc)

    step('Add a "Return Response" action, publish again, and trigger synchronously')
    client.activepieces.apply_flow_operation(flow["id"], RETURN_RESPONSE)
    client.activepieces.apply_flow_operation(flow["id"], {"type": "LOCK_AND_PUBLISH", "request": {}})
    result = client.activepieces.trigger_flow_sync(
        flow["id"], {"contact_name": "Jane Smith", "email": "jane@example.com"}
    )
    print("Flow result:", result)

    step("Bind the flow to your assistant, and let it call the flow in a chat")
    client.chat_ai.update_assistant(
        assistant_id,
        {
            "name": "Support Bot",
            "workflow_name": "support_bot_v1",
            "workflow_function_call": [{"flow_id": flow["id"], "description": "Update CRM on new lead"}],
        },
    )
    chat(client, assistant_id, "A new lead just came in: Jane Smith from Acme.")

    step("Check run history")
    res = client.activepieces.list_runs(flow_id=flow["id"], limit=10)
    for run in res.get("data", []):
        print(run["id"], run.get("status"), run.get("startTime"))


if __name__ == "__main__":
    sys.exit(run_against_mock(run))
