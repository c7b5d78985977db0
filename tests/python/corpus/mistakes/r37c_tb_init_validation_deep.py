# building a class roster from raw records; a record's age doesn't parse
class Student:
    def __init__(self, name, age):
        self.name = name
        self.age = self.parse_age(age)

    @staticmethod
    def parse_age(text):
        return int(text.strip())

def load(records):
    return [Student(*r) for r in records]

roster = load([("ann", " 12"), ("bob", "1 3")])
print(len(roster))
