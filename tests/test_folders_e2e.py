"""Knowledge Hub folders and files (``client.boards`` folder/file methods and ``client.folders``) end to end
against the mock: the Full Flow Guide §3 and the AI Agent page's Knowledge Hub snippets as written, folder
defaults and the organization lookup, uploads in every accepted form, and an assistant answering from them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import httpx
import pytest

from imbrace import (
    AsyncImbraceClient,
    ImbraceClient,
    InvalidRequestError,
    NotFoundError,
    PayloadTooLargeError,
)
from imbrace.testing import DEMO_ASSISTANT_ID, DEMO_ORGANIZATION_ID, MockServer

FAQ = b"Refunds: we refund any order within 30 days.\nPasswords: reset yours from the login page.\n"


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "faq.pdf").write_bytes(b"%PDF-1.4 faq")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4 doc")
    return tmp_path


def test_full_flow_section_3_runs_as_written(
    client: ImbraceClient, imbrace_mock: MockServer, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = client.boards.create_folder(
        {
            "name": "Product Documentation",
            "organization_id": "org_your_org_id",
            "parent_folder_id": "root",
            "source_type": "upload",
        }
    )
    print("Folder ID:", folder["_id"])

    path = Path("./docs/faq.pdf")
    files = {
        "file": (path.name, path.read_bytes(), "application/pdf"),
        "folder_id": (None, folder["_id"]),
        "organization_id": (None, "org_your_org_id"),
    }
    uploaded = client.boards.upload_file(files)
    print("File uploaded:", uploaded.get("file_id") or uploaded.get("_id"))

    imbrace_mock.store.table("assistants")[DEMO_ASSISTANT_ID]["folder_ids"] = [
        folder["_id"]
    ]  # update_assistant

    # Search folders
    folders = client.boards.search_folders(q="Product")
    # Get folder with contents
    contents = client.boards.get_folder_contents(folder["_id"])
    print("Files:", len(contents.get("files") or []))
    # Rename a folder
    client.boards.update_folder(folder["_id"], {"name": "Product Docs v2"})
    # Search files in a folder
    files = client.boards.search_files(folder_id=folder["_id"])
    # Delete folders
    client.boards.delete_folders([folder["_id"]])

    out = capsys.readouterr().out
    assert f"Folder ID: {folder['_id']}" in out
    assert f"File uploaded: {uploaded['_id']}" in out and "Files: 1" in out
    assert [f["_id"] for f in folders] == [folder["_id"]]
    assert [f["name"] for f in files] == ["faq.pdf"]
    assert uploaded["organization_id"] == "org_your_org_id" and uploaded["size"] == len(b"%PDF-1.4 faq")
    with pytest.raises(NotFoundError):
        client.boards.get_folder_contents(folder["_id"])


def test_ai_agent_page_knowledge_hub_runs_as_written(client: ImbraceClient, in_tmp: Path) -> None:
    # Folders
    folder = client.boards.create_folder({"name": "Q1 Reports"})
    folders = client.boards.search_folders()
    client.boards.update_folder(folder["_id"], {"name": "Q1 2025 Reports"})
    client.boards.delete_folders([folder["_id"]])

    # Files (knowledge base entries)
    file = client.boards.upload_file(files={"file": open("doc.pdf", "rb")})  # noqa: SIM115 - the docs' form
    files = client.boards.search_files(folder_id=folder["_id"])

    assert [f["_id"] for f in folders] == [folder["_id"]]
    assert folder["parent_folder_id"] == "root" and folder["source_type"] == "upload"
    assert folder["organization_id"] == DEMO_ORGANIZATION_ID  # looked up from the account
    assert file["name"] == "doc.pdf" and file["file_id"] == file["_id"]
    assert files == []  # pitfall 3: the folder was deleted two lines earlier; no 404


def test_typescript_only_file_methods(client: ImbraceClient) -> None:
    folder = client.boards.create_folder({"name": "KB"})
    created = client.boards.create_file({"name": "doc.txt", "folder_id": folder["_id"]})
    assert client.boards.get_file(created["_id"])["name"] == "doc.txt"
    assert [f["_id"] for f in client.boards.search_files(folder_id=folder["_id"])] == [created["_id"]]
    assert client.boards.delete_files([created["_id"]])["deleted"] == 1
    with pytest.raises(NotFoundError):
        client.boards.get_file(created["_id"])


def test_folder_org_is_looked_up_once_and_cached(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    seen: list[str] = []
    client._transport.client.event_hooks["request"].append(lambda r: seen.append(r.url.path))
    client.boards.create_folder({"name": "A"})
    client.folders.create({"name": "B"})
    assert seen.count("/platform/v1/account") == 1
    org_client = ImbraceClient(base_url=imbrace_mock.url, api_key="k", organization_id="org_given")
    with org_client:
        assert org_client.boards.create_folder({"name": "C"})["organization_id"] == "org_given"


def test_bad_folder_body_fails_before_any_request(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    with pytest.raises(InvalidRequestError) as info:
        client.boards.create_folder({"title": "no name"})
    assert "name" in str(info.value) or "title" in str(info.value)
    assert imbrace_mock.store.effects["create_folder"] == 0
    assert "_account_organization_id" not in client.__dict__  # not even the account lookup was sent


def test_no_organization_anywhere_is_a_clear_error() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json={"email": "x@example.com"}))
    with (
        ImbraceClient(
            base_url="http://127.0.0.1:9", api_key="k", http_client=httpx.Client(transport=transport)
        ) as c,
        pytest.raises(InvalidRequestError) as info,
    ):
        c.boards.create_folder({"name": "A"})
    assert info.value.param == "organization_id" and "account" in str(info.value)


def test_account_org_may_sit_under_data() -> None:
    replies = iter([httpx.Response(200, json={"data": {"organization_id": "org_d"}})])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/platform/v1/account":
            return next(replies)
        return httpx.Response(201, json={"data": {"_id": "f1", **json.loads(request.content)}})

    with ImbraceClient(
        base_url="http://127.0.0.1:9",
        api_key="k",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    ) as c:
        assert c.boards.create_folder({"name": "A"})["organization_id"] == "org_d"


def test_upload_accepts_a_path_an_open_file_and_tuples(client: ImbraceClient, tmp_path: Path) -> None:
    folder = client.boards.create_folder({"name": "KB"})
    faq = tmp_path / "faq.txt"
    faq.write_bytes(FAQ)
    by_path = client.boards.upload_file(faq, folder_id=folder["_id"])
    with faq.open("rb") as handle:
        by_handle = client.boards.upload_file(handle, folder_id=folder["_id"])
    by_tuple = client.boards.upload_file(
        {"file": ("notes.md", b"# notes", "text/markdown")}, folder_id=folder["_id"]
    )
    assert [f["name"] for f in (by_path, by_handle, by_tuple)] == ["faq.txt", "faq.txt", "notes.md"]
    assert by_path["size"] == len(FAQ) and by_path["content_type"] == "text/plain"
    assert len(client.boards.get_folder_contents(folder["_id"])["files"]) == 3
    with pytest.raises(InvalidRequestError):
        client.boards.upload_file(tmp_path / "missing.txt")


@pytest.mark.imbrace_mock(max_upload_bytes=1000)
def test_uploads_beyond_the_mock_limit_get_413(client: ImbraceClient) -> None:
    client.boards.upload_file({"file": ("a.txt", b"x" * 600, "text/plain")})
    with pytest.raises(PayloadTooLargeError):
        client.boards.upload_file({"file": ("b.txt", b"x" * 600, "text/plain")})  # 1200 bytes held in all
    with pytest.raises(PayloadTooLargeError):
        client.boards.upload_file({"file": ("c.txt", io.BytesIO(b"y" * 2000), "text/plain")})


def test_d8_uploaded_file_has_file_id_even_when_the_service_sends_only_id() -> None:
    reply = {"data": {"_id": "file_1", "name": "faq.pdf"}}
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json=reply))
    with ImbraceClient(
        base_url="http://127.0.0.1:9", api_key="k", http_client=httpx.Client(transport=transport)
    ) as c:
        uploaded = c.boards.upload_file({"file": ("faq.pdf", b"x", "application/pdf")})
    assert uploaded["_id"] == uploaded["file_id"] == "file_1"
    assert uploaded.file_id == "file_1"


def test_d13_folders_and_boards_return_the_same_shapes(client: ImbraceClient) -> None:
    via_boards = client.boards.create_folder({"name": "Same"})
    via_folders = client.folders.create({"name": "Same 2"})
    assert type(via_boards) is type(via_folders)
    assert type(client.folders.get(via_boards["_id"])) is type(client.boards.get_folder(via_boards["_id"]))
    assert client.folders.search(q="Same") == client.boards.search_folders(q="Same")
    assert isinstance(client.folders.search(q="Same"), list)
    assert type(client.folders.get_contents(via_folders["_id"])) is type(
        client.boards.get_folder_contents(via_folders["_id"])
    )
    assert client.folders.update(via_folders["_id"], {"name": "Renamed"})["name"] == "Renamed"
    assert client.folders.delete([via_folders["_id"]])["ids"] == [via_folders["_id"]]
    assert client.boards.delete_folders(via_boards["_id"])["deleted"] == 1


def test_b15_bare_list_of_folders_or_files_is_returned_not_an_error() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json=[{"_id": "x", "name": "n"}]))
    with ImbraceClient(
        base_url="http://127.0.0.1:9", api_key="k", http_client=httpx.Client(transport=transport)
    ) as c:
        assert [f["_id"] for f in c.boards.search_folders()] == ["x"]
        assert [f["_id"] for f in c.folders.search()] == ["x"]
        assert [f["_id"] for f in c.boards.search_files(folder_id="f")] == ["x"]


def test_b6_folder_and_file_ids_are_percent_encoded() -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.raw_path.decode())
        return httpx.Response(200, json={"data": {"_id": "x"}})

    with ImbraceClient(
        base_url="http://127.0.0.1:9",
        api_key="k",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    ) as c:
        c.folders.get("../admin")
        c.boards.get_file("a/b?c")
    assert paths == ["/data-board/folders/..%2Fadmin", "/data-board/files/a%2Fb%3Fc"]


def test_assistant_with_folder_ids_quotes_the_matching_line(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    folder = client.boards.create_folder({"name": "Support"})
    client.boards.upload_file({"file": ("faq.txt", FAQ, "text/plain")}, folder_id=folder["_id"])
    imbrace_mock.store.table("assistants")[DEMO_ASSISTANT_ID]["folder_ids"] = [folder["_id"]]
    body = {
        "assistant_id": DEMO_ASSISTANT_ID,
        "messages": [{"role": "user", "content": "How do refunds work?"}],
    }
    events = list(client.ai_agent.stream_chat_events(body))
    types = [e["type"] for e in events]
    source = events[types.index("source-document")]
    assert source["title"] == "faq.txt" and types.index("source-document") < types.index("text-delta")
    text = "".join(e["delta"] for e in events if e["type"] == "text-delta")
    assert "we refund any order within 30 days" in text
    again = "".join(client.ai_agent.stream_chat_text(body))
    assert again.startswith(text.split("You asked")[0])  # deterministic
    other = "".join(
        client.ai_agent.stream_chat_text({**body, "messages": [{"role": "user", "content": "Hi"}]})
    )
    assert "faq.txt" not in other


async def test_async_knowledge_hub(aclient: AsyncImbraceClient, tmp_path: Path) -> None:
    folder = await aclient.boards.create_folder({"name": "Product Documentation"})
    faq = tmp_path / "faq.txt"
    faq.write_bytes(FAQ)
    uploaded = await aclient.boards.upload_file(
        {"file": (faq.name, faq.read_bytes(), "text/plain"), "folder_id": (None, folder["_id"])}
    )
    assert uploaded["file_id"] == uploaded["_id"]
    assert [f["_id"] for f in await aclient.boards.search_folders(q="Product")] == [folder["_id"]]
    contents = await aclient.boards.get_folder_contents(folder["_id"])
    assert len(contents.get("files") or []) == 1
    assert (await aclient.boards.update_folder(folder["_id"], {"name": "v2"}))["name"] == "v2"
    assert (await aclient.boards.get_folder(folder["_id"]))["name"] == "v2"
    assert len(await aclient.boards.search_files(folder_id=folder["_id"])) == 1
    assert (await aclient.boards.get_file(uploaded["_id"]))["name"] == "faq.txt"
    created = await aclient.boards.create_file({"name": "x.txt", "folder_id": folder["_id"]})
    await aclient.boards.delete_files([created["_id"]])
    await aclient.boards.delete_folders([folder["_id"]])
    assert await aclient.boards.search_files(folder_id=folder["_id"]) == []
    second = await aclient.folders.create({"name": "F"})
    assert (await aclient.folders.get(second["_id"]))["name"] == "F"
    assert (await aclient.folders.get_contents(second["_id"]))["files"] == []
    assert [f["_id"] for f in await aclient.folders.search(q="F")] == [second["_id"]]
    assert (await aclient.folders.update(second["_id"], {"name": "G"}))["name"] == "G"
    assert (await aclient.folders.delete([second["_id"]]))["deleted"] == 1


class _ReadRecorder(io.BytesIO):
    """A binary file that records how much each read asks for."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.sizes: list[int | None] = []

    def read(self, size: int | None = -1) -> bytes:
        self.sizes.append(size)
        return super().read(size)


def test_upload_streams_the_file_in_chunks(client: ImbraceClient) -> None:
    payload = bytes(range(256)) * 1200  # 300 KB
    handle = _ReadRecorder(payload)
    handle.name = "big.bin"
    uploaded = client.boards.upload_file(handle)
    assert uploaded["size"] == len(payload) and uploaded["name"] == "big.bin"
    assert handle.sizes and all(s is not None and 0 < s <= 65536 for s in handle.sizes)  # never read whole
