# Mistake: a KeyError raised three calls deep, with the whole traceback.
results = {5: 120, 3: 6}

def lookup(n):
    return results[n]

def report(numbers):
    return [f'{n}! = {lookup(n)}' for n in numbers]

def main():
    print(report([5, 3]))
    print(report([5, 7]))

main()
