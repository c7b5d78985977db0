# A calendar scheduler with datetime, heapq ordering, conflicts detection and a formatted agenda
import heapq
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass(order=True)
class Event:
    start: datetime
    title: str = field(compare=False)
    minutes: int = field(default=30, compare=False)

    @property
    def end(self):
        return self.start + timedelta(minutes=self.minutes)


day = datetime(2024, 6, 3)
events = []
for h, m, title, dur in [(9, 0, "Standup", 15), (13, 30, "Design review", 60), (9, 10, "Coffee", 20),
                         (11, 0, "1:1", 30), (14, 0, "Async workshop", 90)]:
    heapq.heappush(events, Event(day.replace(hour=h, minute=m), title, dur))
agenda = [heapq.heappop(events) for _ in range(len(events))]
print(day.strftime("Agenda for %A %d %B %Y"))
for e in agenda:
    print(f"  {e.start:%H:%M}-{e.end:%H:%M}  {e.title}")
for a, b in zip(agenda, agenda[1:]):
    if b.start < a.end:
        print(f"conflict: {a.title!r} overlaps {b.title!r} by {(a.end - b.start).seconds // 60} min")
free = [(a.end, b.start) for a, b in zip(agenda, agenda[1:]) if b.start > a.end]
print("longest free slot:", max(free, key=lambda s: s[1] - s[0])[0].strftime("%H:%M"))
print(sum((e.end - e.start for e in agenda), timedelta()))
print(sum(e.end - e.start for e in agenda))
