from pathlib import Path

from dyad.settings import SETTINGS, Settings, setting_names, settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_is_documented_in_the_readme():
    text = README.read_text()
    for name, _default, help_text in SETTINGS:
        assert f"`{name}`" in text and f"`DYAD_{name.upper()}`" in text, name
        assert help_text


def test_table_and_dataclass_agree():
    assert [n for n, _d, _h in SETTINGS] == setting_names()


def test_environment_overrides_defaults(monkeypatch):
    monkeypatch.setenv("DYAD_BATCH_SIZE", "7")
    settings.cache_clear()
    try:
        assert settings().batch_size == 7 and isinstance(settings(), Settings)
    finally:
        settings.cache_clear()
