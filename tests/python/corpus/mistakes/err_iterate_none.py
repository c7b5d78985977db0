def evens(limit):
    out = []
    for i in range(limit):
        if i % 2 == 0:
            out.append(i)

for x in evens(10):
    print(x)
