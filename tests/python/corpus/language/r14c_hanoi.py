# The towers of Hanoi recursively: the moves for 3 discs and the count for more.
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
for i, (disc, a, b) in enumerate(moves, 1):
    print(f"{i}: move disc {disc} from {a} to {b}")
for n in range(1, 11):
    moves.clear()
    hanoi(n, "A", "C", "B")
    assert len(moves) == 2 ** n - 1
    print(n, len(moves), end="; ")
print()
pegs = {"A": [4, 3, 2, 1], "B": [], "C": []}
def play(n, s, d, v):
    if n:
        play(n - 1, s, v, d)
        pegs[d].append(pegs[s].pop())
        play(n - 1, v, d, s)
play(4, "A", "C", "B")
print(pegs)
