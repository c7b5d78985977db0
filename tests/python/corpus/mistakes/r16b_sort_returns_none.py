# list.sort() returns None; the result is then used
print("== sort returns none ==")
numbers = [5, 2, 9, 1]
ordered = numbers.sort()
print("smallest:", ordered[0])
