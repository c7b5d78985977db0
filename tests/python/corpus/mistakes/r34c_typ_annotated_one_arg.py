# Using Annotated with only the type and no metadata
from typing import Annotated

Meters = Annotated[float, "unit: m"]
print(Meters)

def run(distance: Annotated[float]) -> None:
    print(distance)
