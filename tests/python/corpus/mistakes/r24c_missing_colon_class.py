# r24c_missing_colon_class: a mistake as a learner makes it, and what CPython 3.11 says of it
class Point
    def __init__(self, x, y):
        self.x = x
        self.y = y
