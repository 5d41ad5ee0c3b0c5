"""Windowing of long texts, identical to crates/nn/src/window.rs.

A text of n wordpieces is cut into windows of at most WINDOW pieces (plus
[CLS] and [SEP] = 256 positions). Window k starts at piece STRIDE * k; windows
are made until one reaches the end (one window when n <= WINDOW). Each piece
takes its logits from the window where it is most central: the one that
maximizes min(i - start, end - 1 - i) among the windows containing it, ties
going to the earlier window. Training should use the same windows (and, for
the loss, may use every window a piece is in or only its best one).
"""

WINDOW = 254
STRIDE = 192


def windows(n):
    """[(start, end), ...] over n pieces; [] for n == 0."""
    out, start = [], 0
    if n == 0:
        return out
    while True:
        end = min(start + WINDOW, n)
        out.append((start, end))
        if end == n:
            return out
        start += STRIDE


def best_window(ws, i):
    """Index into ws of the window piece i takes its logits from (None if none holds it)."""
    best = None
    for k, (s, e) in enumerate(ws):
        if s <= i < e:
            score = min(i - s, e - 1 - i)
            if best is None or score > best[1]:
                best = (k, score)
    return None if best is None else best[0]


if __name__ == "__main__":
    # The same cases as the Rust unit tests.
    assert windows(0) == [] and windows(254) == [(0, 254)]
    assert windows(255) == [(0, 254), (192, 255)]
    assert windows(447) == [(0, 254), (192, 446), (384, 447)]
    w = windows(500)
    assert [best_window(w, i) for i in (0, 191, 222, 223, 499, 500)] == [0, 0, 0, 1, 2, None]
    print("ok")
