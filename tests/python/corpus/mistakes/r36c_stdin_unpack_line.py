# reading "name age" pairs from each line; one line has a middle name
import sys

people = []
for line in sys.stdin:
    name, age = line.split()
    people.append((name, int(age)))
print(sorted(people, key=lambda p: p[1]))
