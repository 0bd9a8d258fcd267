from typing import Literal

UpdateVoteRequestVote = Literal["down", "up"]

UPDATE_VOTE_REQUEST_VOTE_VALUES: set[UpdateVoteRequestVote] = {
    "down",
    "up",
}


def check_update_vote_request_vote(value: str) -> UpdateVoteRequestVote:
    if value in UPDATE_VOTE_REQUEST_VOTE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_VOTE_REQUEST_VOTE_VALUES!r}")
