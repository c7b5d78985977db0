# Three names unpacked from enumerate's pairs
print("== tuple unpack for enumerate three ==")
names = ["ada", "al"]
for i, first, last in enumerate(names):
    print(i, first, last)
