# Mistake: a generator pipeline where the error appears only when the last stage pulls the bad value.
def read_lines():
    yield '10'
    yield '20'
    yield 'thirty'
    yield '40'


def to_numbers(lines):
    for line in lines:
        yield int(line)


def running_total(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total


for t in running_total(to_numbers(read_lines())):
    print('total so far', t)
