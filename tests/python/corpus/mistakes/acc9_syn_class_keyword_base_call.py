# A class statement written with def's arrow.
class Point() -> None:
    pass

print(Point())
