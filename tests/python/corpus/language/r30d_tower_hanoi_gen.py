# Towers of Hanoi as a generator of moves, counted, with the first moves shown
def hanoi(n, src="A", dst="C", via="B"):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield n, src, dst
    yield from hanoi(n - 1, via, dst, src)


for disk, a, b in hanoi(3):
    print(f"move disk {disk} {a} -> {b}")
for n in range(1, 11):
    assert sum(1 for _ in hanoi(n)) == 2 ** n - 1
print("all counts ok", sum(1 for _ in hanoi(15)))
pegs = {"A": list(range(4, 0, -1)), "B": [], "C": []}
for disk, a, b in hanoi(4):
    moved = pegs[a].pop()
    assert moved == disk and (not pegs[b] or pegs[b][-1] > disk)
    pegs[b].append(moved)
print(pegs)
assert sum(1 for _ in hanoi(4)) == 16, "wrong number of moves"
