# continue in a function body outside its loop
def check(items):
    for item in items:
        print(item)
    if not items:
        continue
    return len(items)

print(check([1]))
