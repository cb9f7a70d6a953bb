-- 0005: actor names from our knowledge, aliases that name the actor (issue 12).
-- Before, an actor's name was the first mention's (JPNGOV "Fumio Kishida", IDNGOV "CVL
-- authorities") and every mention's text became an alias ("Ia", "mahasiswa", "kedua negara").
-- warta_actor_name and warta_names_actor are Python functions (warta.store.names) registered on
-- every connection before migrations run.
UPDATE actors SET name = warta_actor_name(code);
DELETE FROM actor_aliases
WHERE NOT warta_names_actor((SELECT code FROM actors WHERE actors.id = actor_aliases.actor_id), alias);
