# parsing due dates typed by the user; one is day-first
from datetime import datetime

for text in ["2024-03-15", "2024-15-03"]:
    d = datetime.strptime(text, "%Y-%m-%d")
    print(d.strftime("%d %b %Y"))
