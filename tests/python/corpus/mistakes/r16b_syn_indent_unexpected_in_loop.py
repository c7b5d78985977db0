# An extra indent in the middle of a loop body
for i in range(3):
    square = i * i
        print(square)
