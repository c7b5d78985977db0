# Plain recursion: factorial, Fibonacci, Hanoi, and a depth CPython allows (900 frames).
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]

print([factorial(n) for n in range(8)])
print(factorial(30))
print([fib(n) for n in range(15)])
print(hanoi(3, 'A', 'C', 'B', []))
print(len(hanoi(10, 'A', 'C', 'B', [])))
print(depth(900))
print(flatten([1, [2, [3, [4, []]], 5]]))
