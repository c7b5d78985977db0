# dataclasses.asdict given a dict
import dataclasses
@dataclasses.dataclass
class P:
    x: int
print(dataclasses.asdict(P(1)))
print(dataclasses.asdict({"x": 1}))
