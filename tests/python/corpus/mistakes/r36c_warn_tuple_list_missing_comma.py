# a list of waypoints as tuples; I forgot the comma between two of them
waypoints = [
    (0, 0),
    (3, 4)
    (6, 8),
]
for x, y in waypoints:
    print(x, y)
