# Assigning past the end of a list.
slots = [None] * 3
for i in range(4):
    slots[i] = i * 10
print(slots)
