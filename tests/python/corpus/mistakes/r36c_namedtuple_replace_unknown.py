# updating a record with _replace, using a field name it doesn't have
from collections import namedtuple

Job = namedtuple("Job", ["name", "state"])
j = Job("backup", "queued")
j = j._replace(state="running")
print(j)
j = j._replace(status="done")
print(j)
