"""Regenerates the wire-format fixtures with jupyter_client's own Session.

    python3 -m venv /tmp/pyfix && /tmp/pyfix/bin/pip install jupyter_client
    /tmp/pyfix/bin/python make_fixtures.py

Each fixture is a JSON file: the key and scheme, the frames as base64 (exactly what Session.serialize
produced, identities included), the signature, and the fields the Swift decoder must read back.
"""
import base64
import json
import pathlib

from jupyter_client.session import Session

HERE = pathlib.Path(__file__).parent
KEY = b"0123456789abcdef-test-key"


def header(msg_type, msg_id):
    return {
        "msg_id": msg_id,
        "session": "3f1c1a8e-client-session",
        "username": "tester",
        "date": "2024-05-01T12:34:56.123456Z",
        "msg_type": msg_type,
        "version": "5.3",
    }


def write(name, key, scheme, msg_type, msg_id, content, identities, buffers=None, metadata=None):
    session = Session(key=key, signature_scheme=scheme, username="tester")
    msg = session.msg(msg_type, content=content, header=header(msg_type, msg_id), metadata=metadata or {})
    frames = session.serialize(msg, ident=identities)
    frames += buffers or []
    delimiter = frames.index(b"<IDS|MSG>")
    fixture = {
        "key": key.decode(),
        "signature_scheme": scheme,
        "frames_base64": [base64.b64encode(f).decode() for f in frames],
        "signature": frames[delimiter + 1].decode(),
        "identity_count": delimiter,
        "msg_id": msg_id,
        "msg_type": msg_type,
        "content": content,
        "buffer_count": len(buffers or []),
    }
    (HERE / f"{name}.json").write_text(json.dumps(fixture, indent=1, ensure_ascii=False) + "\n")


write("execute_request_signed", KEY, "hmac-sha256", "execute_request", "a1b2c3d4-0001",
      {"code": 'print("héllo ✓")\nlet x = 6 * 7', "silent": False, "store_history": True,
       "user_expressions": {}, "allow_stdin": True, "stop_on_error": True},
      identities=[b"\x00k\x8b\x45\x67", b"second-identity"])
write("kernel_info_unsigned", b"", "hmac-sha256", "kernel_info_request", "a1b2c3d4-0002", {},
      identities=[b"client"])
write("comm_msg_with_buffers_sha512", KEY, "hmac-sha512", "comm_msg", "a1b2c3d4-0003",
      {"comm_id": "c-1", "data": {"n": 3}}, identities=[b"client"], buffers=[b"\x00\x01\x02\xff", b""])
