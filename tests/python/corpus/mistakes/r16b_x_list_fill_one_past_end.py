# A list filled by index from 1 to len: one past the end
print("== list fill one past end ==")
a = [0] * 3
for i in range(1, 4):
    a[i] = i
