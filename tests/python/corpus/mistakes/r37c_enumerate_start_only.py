# numbering lines from 1, but I passed start and forgot the list
lines = ["alpha", "beta", "gamma"]
for i, line in enumerate(start=1):
    print(i, line)
print(len(lines))
