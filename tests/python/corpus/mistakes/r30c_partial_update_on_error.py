# Filling containers from a generator that fails halfway: what was kept?
def readings():
    for text in ["1", "2", "oops", "4"]:
        yield int(text)

for label, container, fill in [("list.extend", [], lambda c: c.extend(readings())),
                               ("list +=", [0], lambda c: c.__iadd__(readings())),
                               ("set.update", {0}, lambda c: c.update(readings())),
                               ("dict.update", {}, lambda c: c.update((n, n * n) for n in readings())),
                               ("deque.extend", __import__("collections").deque(), lambda c: c.extend(readings())),
                               ("bytearray.extend", bytearray(), lambda c: c.extend(readings()))]:
    try:
        fill(container)
    except ValueError as e:
        print(label, "failed:", e)
    print("  kept:", sorted(container) if isinstance(container, set) else list(container) if not isinstance(container, dict) else container)
print(", ".join(["a", "b", 3, "d"]))
