"""Full Flow Guide §3: a Knowledge Hub folder with an uploaded FAQ, attached to an assistant that then answers
from it, and the folder and file management calls.

``python examples/guide_3_knowledge_hub.py`` runs it against the embedded mock server.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from imbrace import ImbraceClient
from imbrace.testing import DEMO_ORGANIZATION_ID

try:
    from _guide import chat, run_against_mock, step
except ImportError:  # imported as examples.guide_3_knowledge_hub
    from examples._guide import chat, run_against_mock, step

ORGANIZATION_ID = os.environ.get("IMBRACE_ORGANIZATION_ID", DEMO_ORGANIZATION_ID)
FAQ = """Refunds: we refund any order within 30 days of delivery, no questions asked.
Passwords: reset yours from the login page with "Forgot password"; the link is valid for one hour.
Shipping: orders leave our warehouse within two working days.
"""


def run(client: ImbraceClient, assistant_id: str) -> None:
    step("Create a folder")
    folder = client.boards.create_folder(
        {
            "name": "Product Documentation",
            "organization_id": ORGANIZATION_ID,
            "parent_folder_id": "root",
            "source_type": "upload",
        }
    )
    print("Folder ID:", folder["_id"])

    step("Upload a file to the folder")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "faq.txt"
        path.write_text(FAQ)
        files = {
            "file": (path.name, path.read_bytes(), "text/plain"),
            "folder_id": (None, folder["_id"]),
            "organization_id": (None, ORGANIZATION_ID),
        }
        uploaded = client.boards.upload_file(files)
    print("File uploaded:", uploaded.get("file_id") or uploaded.get("_id"))

    step("Attach the folder to the assistant, and ask it something the FAQ answers")
    client.chat_ai.update_assistant(
        assistant_id,
        {
            "name": "Support Bot",
            "workflow_name": "support_bot_v1",
            "folder_ids": [folder["_id"]],
        },
    )
    chat(client, assistant_id, "How many days do I have to get a refund?")

    step("Inspect and manage folders and files")
    folders = client.boards.search_folders(q="Product")
    print("Folders matching 'Product':", [f["name"] for f in folders])
    contents = client.boards.get_folder_contents(folder["_id"])
    print("Files:", len(contents.get("files") or []))
    client.boards.update_folder(folder["_id"], {"name": "Product Docs v2"})
    print("Renamed to:", client.folders.get(folder["_id"])["name"])
    files_found = client.boards.search_files(folder_id=folder["_id"])
    print("Files in the folder:", [f["name"] for f in files_found])
    client.boards.delete_folders([folder["_id"]])
    print("Deleted; files left in it:", client.boards.search_files(folder_id=folder["_id"]))


if __name__ == "__main__":
    sys.exit(run_against_mock(run))
