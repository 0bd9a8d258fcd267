"""Misuses of the public API: strict pyright must report an error on exactly the lines whose comment says
"expect-error".

Add a line here whenever the SDK's types start catching a new mistake (for example a misspelt constructor
argument, once the constructor takes typed keywords instead of ``**kwargs``).
"""

from __future__ import annotations

from imbrace import ImbraceClient

client = ImbraceClient(api_key="api_test")
namespace = client.no_such_namespace  # expect-error
client.close(42)  # expect-error
not_a_client: ImbraceClient = "api_test"  # expect-error
