# what counts as true: a table of bool() results
values = [0, 1, -1, 0.0, -0.0, 1e-300, float("nan"), "", " ", "0", "False", [], [0], (), ((),), {}, {0: 0},
          set(), None, True, False, range(0), range(1), b"", b"\x00"]
for v in values:
    print(f"{v!r:>14} -> {bool(v)!s:5} {'truthy' if v else 'falsy'}")
print(any(values), all(values), sum(1 for v in values if v), len(values))
print(bool("0") and int("0"), bool(int("0")), "" or "default", [] or [1], 0 or None)
print(all([]), any([]), all(""), any("0"), all([1, "a", [0]]))
