# extracting the year from titles; one title has no year
import re

titles = ["Alien (1979)", "Heat (1995)", "Tenet"]
for t in titles:
    year = re.search(r"\((\d{4})\)", t).group(1)
    print(t, year)
