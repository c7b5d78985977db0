# Assigning past the end of a list instead of appending.
slots = [None] * 3
for i in range(4):
    slots[i] = i * i
print(slots)
