"""Fixed ids of the mock's seeded data, so tests and examples can name them."""

DEMO_ORGANIZATION_ID = "org_demo"
DEMO_USER_ID = "user_demo"
DEMO_ASSISTANT_ID = "7d3f6a52-1c1e-4b59-9d0a-5b6f2b0c1a01"
DEMO_PLAIN_ASSISTANT_ID = "7d3f6a52-1c1e-4b59-9d0a-5b6f2b0c1a02"
DEMO_API_KEY = "api_demo_key"
DEMO_BUSINESS_UNIT_ID = "bu_demo"
DEMO_TEAM_ID = "team_demo"
DEMO_CONTACT_ID = "contact_alice"
DEMO_CHANNEL_ID = "ch_web_demo"  # the demo organization's web channel (client.channel)
DEMO_CONVERSATION_ID = "conv_demo_open"  # an open conversation of DEMO_CONTACT_ID on DEMO_CHANNEL_ID
