from typing import Literal

EmbeddingInputEncodingFormat = Literal["base64", "float"]

EMBEDDING_INPUT_ENCODING_FORMAT_VALUES: set[EmbeddingInputEncodingFormat] = {
    "base64",
    "float",
}


def check_embedding_input_encoding_format(value: str) -> EmbeddingInputEncodingFormat:
    if value in EMBEDDING_INPUT_ENCODING_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBEDDING_INPUT_ENCODING_FORMAT_VALUES!r}")
