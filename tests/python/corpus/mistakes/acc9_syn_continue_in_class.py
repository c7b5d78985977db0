# continue at a class body's level inside a loop.
for i in range(2):
    class C:
        continue
print("end")
