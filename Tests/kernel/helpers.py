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


def decode_png(data):
    """(width, height, rows) of an 8-bit grayscale or RGB PNG (what the kernel's figures are), each row a
    list of (r, g, b) pixels. Enough of the format to look at a figure's pixels without Pillow."""
    import struct
    import zlib

    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, chunks = 8, {}
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunks.setdefault(kind, b"")
        chunks[kind] += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert depth == 8 and color in (0, 2) and interlace == 0, "only 8-bit gray or RGB, not interlaced"
    channels = 3 if color == 2 else 1
    raw = zlib.decompress(chunks[b"IDAT"])
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * channels:(x + 1) * channels]) * (3 if channels == 1 else 1) for x in range(width)])
        previous = line
    return width, height, rows
