"""Module docstring: annotations are accepted and ignored at run time."""
from typing import List, Dict, Optional

def scale(values: List[float], factor: float = 2.0) -> List[float]:
    """Multiply every value by factor."""
    return [v * factor for v in values]

count: int = 3
label: str
ratio: 'float' = 0.5

class Config:
    """Holds settings."""
    name: str = 'default'
    options: Dict[str, int] = {}
    parent: Optional['Config'] = None

print(__doc__)
print(scale.__doc__)
print(scale([1, 2.5], factor=3))
print(count, ratio, Config.name, Config.parent)
print(Config.__doc__, Config.options)
print(scale('ab', 2))
