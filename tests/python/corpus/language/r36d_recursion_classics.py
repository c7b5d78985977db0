# Classic recursion exercises: Hanoi, permutations, flatten, power set and Ackermann.
def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(f"{src}->{dst}")
        hanoi(n - 1, via, dst, src, moves)
    return moves

print(len(hanoi(10)), hanoi(3))

def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]

print(perms("abc"), len(perms("abcde")))

def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]

print(flatten([1, [2, (3, [4, [5]])], [], "six"]))

def powerset(xs):
    if not xs:
        return [[]]
    rest = powerset(xs[1:])
    return rest + [[xs[0]] + r for r in rest]

print(powerset([1, 2, 3]))

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

print([ack(2, n) for n in range(5)], ack(3, 3))

def digits_sum(n):
    return n if n < 10 else digits_sum(sum(map(int, str(n))))
print(digits_sum(987654321), digits_sum(2 ** 100))
def forever(n):
    return forever(n + 1) + 1
forever(0)
