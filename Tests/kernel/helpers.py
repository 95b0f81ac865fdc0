"""Running code through a jupyter_client client and collecting what the kernel published."""
import queue
import time


def run(client, code, timeout=60, **options):
    """Executes `code`; returns (reply content, IOPub messages for the request, in order, up to idle)."""
    msg_id = client.execute(code, **options)
    return collect(client, msg_id, timeout)


def collect(client, msg_id, timeout=60):
    reply = client.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = client.get_shell_msg(timeout=timeout)
    return reply["content"], iopub_until_idle(client, msg_id, timeout)


def iopub_until_idle(client, msg_id, timeout=60):
    messages = []
    deadline = time.monotonic() + timeout
    while True:
        message = client.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        messages.append(message)
        if message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            return messages


def stdout_of(messages):
    return "".join(m["content"]["text"] for m in messages
                   if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")


def drain(channel_get, seconds=0.2):
    try:
        while True:
            channel_get(timeout=seconds)
    except queue.Empty:
        pass
