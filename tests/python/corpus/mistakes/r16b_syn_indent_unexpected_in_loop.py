# An extra indent in the middle of a loop body
print("== indent unexpected in loop ==")
for i in range(3):
    square = i * i
        print(square)
