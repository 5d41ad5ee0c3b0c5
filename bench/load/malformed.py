#!/usr/bin/env python3
"""Sends malformed and hostile HTTP requests to a dateline server for a fixed
time, over raw sockets, and counts what came back. Every request must get an
HTTP answer (4xx for the bad ones) or a closed connection; the server must
stay up. Usage: malformed.py HOST PORT SECONDS"""
import collections, random, socket, sys, time

host, port, secs = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
rnd = random.Random(7)

def cases():
    big = "a" * 70000
    return [
        b"GARBAGE\r\n\r\n",
        b"GET\r\n\r\n",
        b"GET /api/search?q=oil HTTP/9.9\r\nHost: x\r\n\r\n",
        b"GET /api/search?q=%ZZ%zz HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /api/search?q=%C3%28%FF%FE HTTP/1.1\r\nHost: x\r\n\r\n",
        ("GET /api/search?q=" + "b" * 9000 + " HTTP/1.1\r\nHost: x\r\n\r\n").encode(),
        ("GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Big: " + big + "\r\n\r\n").encode(),
        b"GET /api/stats HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(500)) + b"\r\n",
        b"GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /%2e%2e/%2e%2e/Cargo.toml HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /api/articles/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /api/search?limit=99999999999999999999999 HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /api/search?from=2025-13-45 HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /api/search?q=title:(((( HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /api/timeline?who=%27%3B%20DROP%20TABLE%20articles%3B-- HTTP/1.1\r\nHost: x\r\n\r\n",
        b"POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"date\":\"2025-01-01\"",
        b"POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer wrong\r\nContent-Length: 2\r\n\r\n{}",
        b"POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n\r\nabc",
        b"POST /api/articles HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n",
        b"GET /api/stats HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        bytes(rnd.getrandbits(8) for _ in range(300)),
        b"\x00\x01\x02\x03" * 100,
        b"GET /api/stats HTTP/1.1\r\nHost: x\r\n",  # never finished: the server must time it out
    ]

counts = collections.Counter()
end = time.time() + secs
n = 0
all_cases = cases()
while time.time() < end:
    req = all_cases[n % len(all_cases)]
    n += 1
    try:
        s = socket.create_connection((host, port), timeout=5)
        s.sendall(req)
        if n % len(all_cases) != 0:
            try:
                s.shutdown(socket.SHUT_WR)
            except OSError:
                pass
        data = s.recv(64)
        s.close()
        if data.startswith(b"HTTP/1.1 "):
            code = data[9:12].decode()
            counts[code] += 1
        elif not data:
            counts["closed"] += 1
        else:
            counts["other"] += 1
    except (socket.timeout, TimeoutError):
        counts["timeout"] += 1
    except ConnectionError:
        counts["reset"] += 1
print("malformed requests sent: %d; answers: %s" % (n, dict(sorted(counts.items()))))
bad = counts.get("500", 0) + counts.get("other", 0)
sys.exit(1 if bad else 0)
