# Inheriting from both list and dict.
class Both(list, dict):
    pass

print(Both())
