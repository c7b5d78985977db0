# storing the room numbers as they appear on the doors
rooms = [101, 102, 007, 110]
for r in rooms:
    print("room", r)
# (end of the program)
