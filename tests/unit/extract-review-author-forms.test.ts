/** Forms in which reviews on blogs and in magazines name the author of the book they review. */
import { afterAll, describe, expect, it } from 'vitest';
import { titleOfName, workTitleFromHeading } from '../../lib/extract/page-info';
import { nameForBookAuthor } from '../../lib/extract/prose-mention';
import { quotedTitleGenitive } from '../../lib/extract/quoted-genitive';
import { extractReview } from '../../lib/extract';
import { closeWindows, page } from './extract-helpers';

afterAll(closeWindows);

const work = (body: string) => extractReview(page(`<main><article>${body}</article></main>`), 'https://example.org/2023/04/post.html').work;

describe('a heading `Title d’Author`, `de` elided before a vowel', () => {
  it('reads the name after the elided `d’`', () => {
    expect(titleOfName('Mon avis sur Le Contrat d’Ella Balart')).toEqual({ before: 'Mon avis sur Le Contrat', name: 'Ella Balart' });
    expect(titleOfName("La Vie devant soi d'Émile Ajar")).toEqual({ before: 'La Vie devant soi', name: 'Émile Ajar' });
  });
  it('takes the person for the author when the prose speaks of the author', () => {
    const w = work(
      '<h1>Mon avis sur Le Contrat d’Ella Balart</h1><p>L’histoire se résume en une phrase : un homme lance sa maison d’édition.</p><p>L’autrice passe du temps à nous introduire les personnages, et le vocabulaire est fluide et riche.</p>',
    );
    expect(w.authors).toEqual(['Ella Balart']);
  });
  it('does not read an elision before a consonant or a word in lower case', () => {
    expect(titleOfName('Le jardin d’hiver')).toBeNull();
  });
});

describe('a heading `Title de Author : tagline`', () => {
  const heading = 'L’enfant-mouche de Philippe Pollet-Villard : roman poignant, hommage à une petite fille extraordinaire';
  it('reads the title and the author before the heading’s own line, as the prose names that person’s book', () => {
    const w = work(
      `<h1>${heading}</h1><p>Les yeux levés vers le ciel, une mimique interrogative, un déguisement de papillon… mais qui est donc cette petite fille ?</p>` +
        '<p>Philippe Pollet-Villard dresse dans son dernier roman, largement inspiré de l’histoire de sa maman, plusieurs portraits de femmes.</p>',
    );
    expect(w).toMatchObject({ title: 'L’enfant-mouche', authors: ['Philippe Pollet-Villard'] });
  });
  it('takes the name when nothing on the page confirms it only if it starts with a known given name', () => {
    const w = work(`<h1>${heading}</h1><p>Les yeux levés vers le ciel, une mimique interrogative, un déguisement de papillon.</p>`);
    expect(w.authors).toEqual(['Philippe Pollet-Villard']);
    const unknown = work(
      `<h1>${heading.replace('Philippe', 'Teodulo')}</h1><p>Les yeux levés vers le ciel, une mimique interrogative, un déguisement de papillon.</p>`,
    );
    expect(unknown.authors).toEqual([]);
  });
});

describe('a `Title by Author` line under the cover, repeated after the review', () => {
  const review = (credit: string) =>
    work(
      `<h1>Horses for courses</h1><p>Horse by Geraldine Brooks</p><p>Hachette, $39.99 hb, 401 pp</p><figure><figcaption>${credit}</figcaption></figure>` +
        '<p>Horse? Could that title sound familiar? Well, Geraldine Brooks, winner of the Pulitzer Prize, is not one to be deterred by daunting precedents.</p>' +
        '<p>Horse by Geraldine Brooks</p><p>Hachette, $39.99 hb, 401 pp</p>',
    );
  it('reads the work and its author, past a photograph’s credit in brackets', () => {
    expect(review('Geraldine Brooks (photograph by Randi Baird/PRH)')).toMatchObject({ title: 'Horse', authors: ['Geraldine Brooks'] });
  });
  it('still takes two different such lines for a list', () => {
    const w = work(
      '<h1>Summer reading</h1><p>Horse by Geraldine Brooks</p><p>A novel about a racehorse and a painting.</p><p>Demon Copperhead by Barbara Kingsolver</p><p>A boy grows up in Appalachia.</p>',
    );
    expect(w.authors).toEqual([]);
  });
});

describe('a name the prose gives in the possessive', () => {
  it('reads the name without its `’s`', () => {
    const w = work(
      '<h1>The Ruthless Lady’s Guide to Wizardry: Spoiler Free Review</h1><p>The Ruthless Lady’s Guide to Wizardry is an interconnected stand alone set in the same world as author C.M. Waggoner’s earlier novel, Unnatural Magic.</p><p>Right off the bat, I loved the way that the chapter titles described what was going to happen.</p>',
    );
    expect(w.authors).toEqual(['C.M. Waggoner']);
  });
});

describe('the author’s name standing for the book', () => {
  it('reads `le nouveau A`, `il nuovo A`, `the new A is` and Turkish `ilk A romanı`', () => {
    expect(nameForBookAuthor('On a lu le nouveau Joël Dicker pour vous')).toBe('Joël Dicker');
    expect(nameForBookAuthor('Ho appena finito il nuovo Alessandro Baricco.')).toBe('Alessandro Baricco');
    expect(nameForBookAuthor('The new Stephen King is a slow burn.')).toBe('Stephen King');
    expect(nameForBookAuthor('Okuduğum ilk Hakan Günday romanı. Nihilizmin kuvvetli bir kurgusu.')).toBe('Hakan Günday');
  });
  it('does not take a title before a word for a novel, nor a name that goes on to something else', () => {
    expect(nameForBookAuthor('Okuduğum Kürk Mantolu Madonna romanı çok güzeldi.')).toBeNull();
    expect(nameForBookAuthor('Le nouveau Premier ministre a parlé.')).toBeNull();
    expect(nameForBookAuthor('le nouveau Joël Dicker Fan Club ouvre ses portes')).toBeNull();
  });
  it('takes the name a heading gives for the review’s author', () => {
    const w = work(
      '<h1>On a lu le nouveau Joël Dicker pour vous</h1><p>Après le succès international de «La vérité sur l’affaire Harry Quebert», voici un nouveau roman.</p><p>Ce n’est pas qu’on s’ennuie à la lecture des 640 pages. On peut se distraire.</p>',
    );
    expect(w.authors).toEqual(['Joël Dicker']);
  });
});

describe('a Russian heading `«Title» Author` with the author in the genitive', () => {
  it('reads the title and the name in the nominative', () => {
    expect(quotedTitleGenitive('«Обитель» Захара Прилепина')).toEqual({ title: 'Обитель', people: 'Захар Прилепин' });
    expect(quotedTitleGenitive('«Русский роман, или Жизнь и приключения Джона Половинкина» Павла Басинского')).toEqual({
      title: 'Русский роман, или Жизнь и приключения Джона Половинкина',
      people: 'Павел Басинский',
    });
  });
  it('says nothing when the heading goes on after the name, or the name is not in the genitive', () => {
    expect(quotedTitleGenitive('«Обитель» Захара Прилепина экранизируют')).toBeNull();
    expect(quotedTitleGenitive('«Тринадцатая сказка» Диана Сеттерфилд')).toBeNull();
  });
  it('takes the name for the author of a review so headed', () => {
    const w = work(
      '<h1>«Обитель» Захара Прилепина</h1><p>Известный писатель написал большой роман о Соловецком лагере, и рецензент читал его две недели.</p><p>Роман длинный, но читается легко.</p>',
    );
    expect(w).toMatchObject({ title: 'Обитель', authors: ['Захар Прилепин'] });
  });
});

describe('a blog heading `Title: Spoiler Free Review`', () => {
  it('leaves out the review words after the colon', () => {
    expect(workTitleFromHeading('The Ruthless Lady’s Guide to Wizardry: Spoiler Free Review', [])).toBe('The Ruthless Lady’s Guide to Wizardry');
    expect(workTitleFromHeading('Piranesi: Book Review', [])).toBe('Piranesi');
  });
  it('keeps a subtitle that is no review', () => {
    expect(workTitleFromHeading('Anonymity: A Secret History of English Literature', [])).toBe('Anonymity: A Secret History of English Literature');
  });
});
