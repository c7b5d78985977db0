# turning a loop that yields into a one-line list comprehension
def evens(limit):
    return [(yield n) for n in range(limit) if n % 2 == 0]

for e in evens(6):
    print(e)
print("end")
