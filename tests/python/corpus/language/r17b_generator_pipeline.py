# A generator pipeline: numbers, filtered, squared, summed lazily
def numbers(n):
    for i in range(n):
        print(f'producing {i}')
        yield i

def evens(it):
    return (x for x in it if x % 2 == 0)

def squares(it):
    for x in it:
        yield x * x

pipe = squares(evens(numbers(7)))
print(type(pipe).__name__)
print(next(pipe))
print(next(pipe))
print('rest:', list(pipe))
print(sum(squares(range(4))))
