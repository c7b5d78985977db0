import math

points = [
    (0, 0),
    (3, 4)
    (6, 8),
]

for (x1, y1), (x2, y2) in zip(points, points[1:]):
    print(math.dist((x1, y1), (x2, y2)))
