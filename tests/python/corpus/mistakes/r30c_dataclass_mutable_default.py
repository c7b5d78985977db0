# A list as a dataclass field default.
from dataclasses import dataclass

@dataclass
class Team:
    name: str
    members: list = []

print(Team("red"))
