"""Small reads the screens used to write as SQL: now repository methods."""
from kitdesk.store.repos.live import LiveRepo
from kitdesk.store.repos.meetings import MeetingRepo


def test_running_meetings_and_the_item_a_meeting_is_at(demo_store):
    invited = next(r.id for r in demo_store.meetings.rows() if r.state == "invited")
    assert demo_store.cases.running_meetings() == []
    assert demo_store.live.current_item(invited) is None
    demo_store.live.start(invited)
    first = sorted(demo_store.meetings.get(invited).agenda, key=lambda i: i.position)[0].id
    assert demo_store.cases.running_meetings() == [invited]
    assert demo_store.live.current_item(invited) == first
    assert demo_store.live.current_item(10_000) is None


def test_the_repositories_are_made_on_first_use_with_their_types(store):
    assert "meetings" not in vars(store) and "live" not in vars(store)
    assert isinstance(store.meetings, MeetingRepo) and isinstance(store.live, LiveRepo)
    assert vars(store)["meetings"] is store.meetings


def test_each_repository_is_declared_with_the_type_it_is_made_of():
    """Store's annotations (what a type checker sees) and the table the descriptor imports from agree."""
    import importlib
    import typing

    from kitdesk.store.repos import REPOSITORIES, Repository
    from kitdesk.store.store import Store

    classes = {cls: getattr(importlib.import_module(module), cls) for module, cls in REPOSITORIES.values()}
    hints = typing.get_type_hints(Store, localns=classes)
    for name, (_module, cls) in REPOSITORIES.items():
        assert hints[name] == Repository[classes[cls]], name
